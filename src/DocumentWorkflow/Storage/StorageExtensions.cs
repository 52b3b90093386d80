using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace DocumentUploads.DocumentWorkflow.Storage;

public static class StorageExtensions
{
    public static IServiceCollection AddDocumentStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageSettings>(configuration.GetSection(StorageSettings.SectionName));
        services.AddSingleton<IDocumentStore>(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<StorageSettings>>().Value;
            var environment = sp.GetRequiredService<IHostEnvironment>();
            return settings.Provider.ToLowerInvariant() switch
            {
                "sqlite" => new SqliteDocumentStore(
                    settings.ConnectionString ?? SqliteConnectionStrings.ForDataDirectory(
                        Path.GetFullPath(settings.DataDirectory, environment.ContentRootPath)),
                    sp.GetRequiredService<ILogger<SqliteDocumentStore>>()),
                _ => throw new InvalidOperationException(
                    $"Storage:Provider '{settings.Provider}' is not supported; use 'sqlite'."),
            };
        });
        services.AddHostedService<StoreInitializer>();
        return services;
    }
}
