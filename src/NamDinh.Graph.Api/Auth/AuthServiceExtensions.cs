using Microsoft.AspNetCore.Authentication.JwtBearer;
using NamDinh.Graph.Api.Hosting;

namespace NamDinh.Graph.Api.Auth;

public static class AuthServiceExtensions
{
    /// <summary>JWT bearer authentication with the configured key, and what the schema and transports need to use it.</summary>
    public static IServiceCollection AddNamDinhAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var options = services.AddSettings(configuration, AuthOptions.SectionName, new AuthOptionsValidator());
        var keys = options.CheckingKeys();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<TokenCheck>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(bearer =>
        {
            bearer.MapInboundClaims = false;
            bearer.TokenValidationParameters = options.ValidationParameters(keys);
            bearer.Events = new JwtBearerEvents { OnMessageReceived = AdminPages.TakeTokenFromCookie, OnChallenge = AdminPages.ExplainToBrowsers };
        });
        return services;
    }
}
