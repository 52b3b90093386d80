using DocumentUploads.DocumentWorkflow.Form526.Postgres;
using DocumentUploads.DocumentWorkflow.Form526.Sqlite;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DocumentUploads.DocumentWorkflow.Form526;

public static class Form526StoreRegistration
{
    /// <summary>Form 526 submissions live in the same database as the documents (same Storage:* settings),
    /// so the SLA query can join them.</summary>
    public static IServiceCollection AddForm526(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Form526Settings>().Bind(configuration.GetSection(Form526Settings.SectionName))
            .Validate(s => s.CompletionSla > TimeSpan.Zero, "Form526:CompletionSla must be a positive duration.")
            .ValidateOnStart();
        services.AddSingleton<IForm526Store>(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<StorageSettings>>().Value;
            return settings.Provider.ToLowerInvariant() switch
            {
                StorageSettings.Postgres => new PostgresForm526Store(sp.GetRequiredService<NpgsqlDataSource>()),
                _ => new SqliteForm526Store(
                    SqliteConnectionStrings.Resolve(settings, sp.GetRequiredService<IHostEnvironment>().ContentRootPath)),
            };
        });
        return services;
    }
}
