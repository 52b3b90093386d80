using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace DocumentUploads.ServiceAuth;

/// <summary>The two token audiences of this system, built once from configuration.</summary>
public sealed class TokenFactories(IConfiguration configuration, IHostEnvironment environment, TimeProvider time)
{
    private readonly Lazy<JwtTokenFactory> _user = new(() => Build(configuration, environment, time,
        AuthSchemes.UserSection, AuthSchemes.UserAudience, DevelopmentKeys.User));

    private readonly Lazy<JwtTokenFactory> _service = new(() => Build(configuration, environment, time,
        AuthSchemes.ServiceSection, AuthSchemes.ServiceAudience, DevelopmentKeys.Service));

    public JwtTokenFactory User => _user.Value;
    public JwtTokenFactory Service => _service.Value;

    private static JwtTokenFactory Build(IConfiguration configuration, IHostEnvironment environment, TimeProvider time,
        string section, string defaultAudience, string developmentKey)
    {
        var settings = new TokenSettings { Audience = defaultAudience };
        configuration.GetSection(section).Bind(settings);
        var key = settings.SigningKey;
        if (string.IsNullOrWhiteSpace(key))
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    $"{section}:SigningKey is not configured; it is required outside the Development environment.");
            }
            key = developmentKey;
        }
        return new JwtTokenFactory(settings, key, time);
    }
}
