using System.Security.Cryptography;

namespace Expo.Web.Storage;

/// <summary>The configured key-encryption keys, each known by a short id derived from it.</summary>
internal sealed class KeyEncryptionKeys
{
    public KeyEncryptionKeys(IConfiguration configuration)
    {
        Current = Parse(configuration[$"{KeyProtection.Section}:KeyEncryptionKey"]);
        All = [.. new[] { Current }.Concat((configuration[$"{KeyProtection.Section}:PreviousKeyEncryptionKeys"] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse)).OfType<byte[]>()];
    }

    public byte[]? Current { get; }

    public IReadOnlyList<byte[]> All { get; }

    public static string IdOf(byte[] key) => Convert.ToHexString(SHA256.HashData(key))[..16];

    private static byte[]? Parse(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }

        var key = Convert.FromBase64String(base64.Trim());
        return key.Length == 32 ? key : throw new InvalidOperationException($"{KeyProtection.Section} keys are 32 bytes in base64.");
    }
}
