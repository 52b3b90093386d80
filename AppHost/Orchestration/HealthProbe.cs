using System.Globalization;
using System.Net;
using DocumentUploads.AppHost.Hosting;
using DocumentUploads.ServiceDefaults.ServiceInvocation;

namespace DocumentUploads.AppHost.Orchestration;

/// <summary>Polls a health URL until it answers as expected, the process exits, or the startup
/// deadline passes; the failure message carries the last answer seen.</summary>
internal sealed class HealthProbe(HttpClient http, TimeProvider time)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The header a launched service's health answer names its process in (ServiceDefaults' HealthIdentityMiddleware).</summary>
    public const string ProcessIdHeader = "X-Process-Id";

    /// <param name="processId">When set, only an answer naming this process counts: another process that took the
    /// port first must not pass for the child.</param>
    public async Task WaitUntilHealthyAsync(string name, Uri url, string? apiToken, Func<HttpStatusCode, bool> isHealthy,
        Task<int> exited, DateTimeOffset deadline, CancellationToken cancellationToken, int? processId = null)
    {
        var lastProblem = "no answer yet";
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (exited.IsCompleted)
            {
                throw new DistributedApplicationException(
                    $"'{name}' exited with code {await exited} before it answered GET {url} (last: {lastProblem}). Its output above says why.");
            }
            var remaining = deadline - time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                throw new DistributedApplicationException(
                    $"'{name}' did not become healthy in time: GET {url} last gave {lastProblem}. " +
                    "Its output above may say why; a slow machine can raise AppHost__StartupTimeout.");
            }

            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attempt.CancelAfter(remaining < RequestTimeout ? remaining : RequestTimeout);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                if (apiToken is not null) request.Headers.Add(DaprSidecar.ApiTokenHeader, apiToken);
                using var response = await http.SendAsync(request, attempt.Token);
                var answeredBy = response.Headers.TryGetValues(ProcessIdHeader, out var ids) ? ids.FirstOrDefault() : null;
                if (processId is { } expected && answeredBy != expected.ToString(CultureInfo.InvariantCulture))
                {
                    lastProblem = $"an answer from another process ({ProcessIdHeader}: {answeredBy ?? "none"}, expected {expected}); " +
                                  "something else is listening on this port";
                }
                else if (isHealthy(response.StatusCode)) return;
                else lastProblem = $"HTTP {((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)}";
            }
            catch (HttpRequestException e)
            {
                lastProblem = e.Message;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                lastProblem = "no answer within the request timeout";
            }

            await Task.WhenAny(Task.Delay(PollInterval, time, cancellationToken), exited);
        }
    }
}
