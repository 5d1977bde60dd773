namespace Expo.Grains.Accounts;

/// <summary>
/// Throttles password guessing per client address, with waits that double: a guesser at one address slows down only
/// that address, so the owner signing in from another never waits. Nothing is held open: a request made while its
/// address must wait is refused with the time left.
/// </summary>
internal static class SignInThrottles
{
    /// <summary>Addresses remembered per account; the quietest is forgotten first.</summary>
    public const int MaxAddresses = 256;

    public static void RequireNotWaiting(List<SignInThrottle> throttles, string address, DateTimeOffset now)
    {
        if (Find(throttles, address)?.WaitUntil is { } until && until > now)
        {
            throw Waiting(until - now);
        }
    }

    public static void RecordFailure(List<SignInThrottle> throttles, string address, DateTimeOffset now, AccountOptions options)
    {
        var throttle = Find(throttles, address);
        if (throttle is null)
        {
            if (throttles.Count >= MaxAddresses)
            {
                throttles.Remove(throttles.OrderBy(t => t.WaitUntil > now).ThenBy(t => t.LastFailure).First());
            }

            throttle = new SignInThrottle { Address = address };
            throttles.Add(throttle);
        }

        throttle.Failures++;
        throttle.LastFailure = now;
        var beyond = throttle.Failures - options.MaxFailedSignIns;
        if (beyond >= 0)
        {
            var delay = options.ThrottleDelay * Math.Pow(2, Math.Min(beyond, 30));
            throttle.WaitUntil = now + (delay > options.MaxThrottleDelay ? options.MaxThrottleDelay : delay);
        }
    }

    /// <summary>Whether the address had failures to forget after it got the password right.</summary>
    public static bool Forget(List<SignInThrottle> throttles, string address) => throttles.RemoveAll(t => t.Address == address) > 0;

    private static SignInThrottle? Find(List<SignInThrottle> throttles, string address) => throttles.Find(t => t.Address == address);

    private static ExpoException Waiting(TimeSpan remaining)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(remaining.TotalSeconds));
        return new ExpoException(ExpoErrors.RateLimited, $"Too many wrong passwords from this address; try again in {seconds} second(s).")
        {
            RetryAfter = TimeSpan.FromSeconds(seconds),
        };
    }
}
