/// <summary>Plays daprd for the AppHost's Dapr-mode test (no real daprd exists on these machines):
/// listens on --dapr-http-port, answers Dapr's readiness check, and shows the arguments and
/// environment it was started with.</summary>
internal static class FakeDaprd
{
    public static bool IsRequested(IConfiguration configuration) => configuration["dapr-http-port"] is not null;

    public static async Task RunAsync(WebApplicationBuilder builder, string[] args)
    {
        builder.WebHost.UseUrls($"http://127.0.0.1:{builder.Configuration["dapr-http-port"]}");
        var app = builder.Build();
        app.MapGet("/v1.0/healthz/outbound", () => Results.NoContent());
        app.MapGet("/args", () => Results.Text(string.Join('\n', args)));
        app.MapGet("/env/{variable}", (string variable) =>
            Environment.GetEnvironmentVariable(variable) is { } value ? Results.Text(value) : Results.NotFound());
        app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine($"fake daprd for {builder.Configuration["app-id"]} started"));
        await app.RunAsync();
    }
}
