using DocumentUploads.DocumentWorkflow.Ops.Html;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Retention;

public static class RetentionRegistration
{
    /// <summary>The scheduled purge, its store (the documents' database) and its overview panel. Settings from the
    /// <c>Retention</c> section, checked at start.</summary>
    public static IServiceCollection AddRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionSettings>().BindConfiguration(RetentionSettings.SectionName)
            .Validate(s => !s.Validate().Any(), "Retention settings are invalid (see Retention:* configuration).").ValidateOnStart();
        services.AddSqlDialect();
        services.AddSingleton<IRetentionStore, RetentionStore>();
        services.AddSingleton<IOpsOverviewPanel, RetentionOverviewPanel>();
        services.AddHostedService<RetentionPurger>();
        return services;
    }
}
