namespace NamDinh.Graph.Testing;

/// <summary>Finds files of the repository from a test's output folder.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "NamDinh.Graph.sln")))
                return folder.FullName;
        throw new DirectoryNotFoundException("No NamDinh.Graph.sln above " + AppContext.BaseDirectory);
    }
}
