namespace DocumentUploads.AppHost.Postgres;

/// <summary>Where document-workflow keeps its documents: SQLite in its data folder by default; with
/// <c>Storage:Provider=postgres</c> a PostgreSQL server the AppHost runs itself; once deployed, the
/// deployment's PostgreSQL database (Aspire's PostgreSQL resource, a container in the manifest).</summary>
internal static class DocumentsDatabaseResourceBuilderExtensions
{
    /// <summary>document-workflow reads <c>ConnectionStrings:documents</c>.</summary>
    public const string DatabaseName = "documents";

    public const string ServerName = "postgres";

    public static IResourceBuilder<ProjectResource> WithDocumentsDatabase(this IResourceBuilder<ProjectResource> workflow)
    {
        var builder = workflow.ApplicationBuilder;
        if (builder.ExecutionContext.IsPublishMode)
        {
            var deployed = builder.AddPostgres(ServerName).AddDatabase(DatabaseName);
            return workflow.WithReference(deployed).WaitFor(deployed).WithEnvironment("Storage__Provider", "postgres");
        }
        if (!string.Equals(builder.Configuration["Storage:Provider"], "postgres", StringComparison.OrdinalIgnoreCase)) return workflow;

        var server = builder.AddLocalPostgres(ServerName, DatabaseName);
        return workflow.WithReference(server.Database).WaitFor(server.Server);
    }
}
