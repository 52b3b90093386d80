using DocumentUploads.DocumentWorkflow.Storage;

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
        services.AddSqlDialect();
        services.AddSingleton<IForm526Store, Form526Store>();
        return services;
    }
}
