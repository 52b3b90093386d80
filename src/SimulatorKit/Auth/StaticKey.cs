using System.Security.Cryptography;
using System.Text;

namespace DocumentUploads.SimulatorKit.Auth;

/// <summary>A simulator's configured static API key, compared in fixed time so an answer's timing
/// does not leak how much of a guess was right.</summary>
public sealed class StaticKey(string key)
{
    private readonly byte[] _expected = Encoding.UTF8.GetBytes(key);

    public bool Matches(string presented) => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _expected);
}
