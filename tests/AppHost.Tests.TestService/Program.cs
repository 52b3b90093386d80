// A stand-in service: answers GET /health like a real one, and misbehaves on request so the
// launcher's failure paths can be exercised: configuration TestService__Unhealthy=true answers 503,
// TestService__ExitCode=N exits with N before listening, POST /exit/N crashes a running instance.
// Started with daprd's arguments it plays a Dapr sidecar instead (see FakeDaprd).
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
if (FakeDaprd.IsRequested(builder.Configuration))
{
    await FakeDaprd.RunAsync(builder, args);
    return 0;
}

var settings = builder.Configuration.GetSection("TestService");
var name = builder.Configuration["OTEL_SERVICE_NAME"] ?? "test-service";
if (settings.GetValue<int?>("ExitCode") is { } exitCode)
{
    Console.WriteLine($"{name} exiting with {exitCode} before listening");
    return exitCode;
}

var app = builder.Build();
// Like ServiceDefaults' DaprAppTokenMiddleware: with APP_API_TOKEN set, only its bearer gets in.
if (builder.Configuration["APP_API_TOKEN"] is { Length: > 0 } appToken)
{
    app.Use((context, next) => context.Request.Headers["dapr-api-token"] == appToken
        ? next(context)
        : Results.Unauthorized().ExecuteAsync(context));
}

var unhealthy = settings.GetValue<bool>("Unhealthy");
// Names its process like ServiceDefaults' health answers, unless told to pose as another process.
var impostor = settings.GetValue<bool>("Impostor");
app.MapGet("/health", (HttpResponse response) =>
{
    response.Headers["X-Process-Id"] = impostor ? "1" : Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    return unhealthy ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable) : Results.Text("Healthy");
});
// Lets a test see the environment the launcher gave this process.
app.MapGet("/env/{variable}", (string variable) =>
    Environment.GetEnvironmentVariable(variable) is { } value ? Results.Text(value) : Results.NotFound());
app.MapPost("/exit/{code:int}", (int code) =>
{
    // After the response is sent, so the caller sees the request succeed.
    _ = Task.Run(async () =>
    {
        await Task.Delay(100);
        Console.WriteLine($"{name} exiting with {code}");
        Environment.Exit(code);
    });
    return Results.Accepted();
});

app.Lifetime.ApplicationStarted.Register(() =>
{
    Console.WriteLine($"{name} started");
    Console.Error.WriteLine($"{name} writes to stderr too");
});

await app.RunAsync();
return 0;
