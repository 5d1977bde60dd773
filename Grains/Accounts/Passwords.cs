using Microsoft.AspNetCore.Identity;

namespace Expo.Grains.Accounts;

/// <summary>
/// ASP.NET Core Identity's password hasher (PBKDF2, salted, versioned format). Hashing takes tens of milliseconds
/// by design, so it runs on the thread pool rather than on the silo's grain scheduler.
/// </summary>
internal static class Passwords
{
    // The default hasher ignores the user object; one placeholder serves every call.
    private static readonly AccountState Nobody = new();
    private static readonly PasswordHasher<AccountState> Hasher = new();

    /// <summary>A hash of no one's password, verified for unknown emails so their answer takes as long as a wrong password.</summary>
    private static readonly Lazy<string> Decoy = new(() => Hasher.HashPassword(Nobody, Guid.NewGuid().ToString()));

    public static Task<string> HashAsync(string password) => Task.Run(() => Hasher.HashPassword(Nobody, password));

    public static Task<PasswordVerificationResult> VerifyAsync(string hash, string password) =>
        Task.Run(() => Hasher.VerifyHashedPassword(Nobody, hash, password));

    public static Task VerifyDecoyAsync(string password) => VerifyAsync(Decoy.Value, password);
}
