using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Expo.Bench.Baseline;

/// <summary>
/// Guest tokens: the visitor id, name and expiry, signed with HMAC-SHA256 under a key made at start-up. A token
/// that was not issued by this process, was altered or has expired is refused.
/// </summary>
public sealed class GuestTokens
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public string Issue(VisitorRef visitor)
    {
        var expires = DateTimeOffset.UtcNow.Add(Lifetime).ToUnixTimeSeconds();
        var payload = Encoding.UTF8.GetBytes($"{visitor.VisitorId}\n{visitor.DisplayName}\n{expires}");
        return $"{WebEncoders.Base64UrlEncode(payload)}.{WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, payload))}";
    }

    public VisitorRef? Read(string? token)
    {
        var dot = token?.IndexOf('.') ?? -1;
        if (token is null || dot <= 0)
        {
            return null;
        }

        try
        {
            var payload = WebEncoders.Base64UrlDecode(token[..dot]);
            var signature = WebEncoders.Base64UrlDecode(token[(dot + 1)..]);
            if (!CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(_key, payload)))
            {
                return null;
            }

            var parts = Encoding.UTF8.GetString(payload).Split('\n');
            return parts.Length == 3 && long.TryParse(parts[2], out var expires) && expires > DateTimeOffset.UtcNow.ToUnixTimeSeconds()
                ? new VisitorRef(parts[0], parts[1])
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
