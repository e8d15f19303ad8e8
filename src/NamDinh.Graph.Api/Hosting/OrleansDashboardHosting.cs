using NamDinh.Graph.Api.Auth;
using Orleans.Dashboard;

namespace NamDinh.Graph.Api.Hosting;

/// <summary>The Orleans dashboard, when Orleans:Dashboard is on: at <see cref="Path"/>, for a bearer token with the admin role only.</summary>
public static class OrleansDashboardHosting
{
    public const string Path = AdminPages.PathPrefix + "/orleans";
    private const string AdminsOnly = "admins-only";

    public static ISiloBuilder AddDashboardWhenOn(this ISiloBuilder silo, OrleansHostingOptions options) =>
        options.Dashboard ? silo.AddDashboard() : silo;

    public static IServiceCollection AddDashboardAccess(this IServiceCollection services, OrleansHostingOptions options)
    {
        if (options.Dashboard)
            services.AddAuthorizationBuilder().AddPolicy(AdminsOnly, policy => policy.RequireRole(Roles.Admin));
        return services;
    }

    public static WebApplication MapDashboardWhenOn(this WebApplication app, OrleansHostingOptions options)
    {
        if (options.Dashboard)
            app.MapOrleansDashboard(Path).RequireAuthorization(AdminsOnly);
        return app;
    }
}
