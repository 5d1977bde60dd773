namespace Expo.Web.Limits;

/// <summary>One token bucket's settings: <see cref="Burst"/> requests at once, then <see cref="Refill"/> more every <see cref="Every"/>.</summary>
public sealed class TokenLimit
{
    public int Burst { get; set; }

    public int Refill { get; set; } = 1;

    public TimeSpan Every { get; set; } = TimeSpan.FromSeconds(1);

    public TokenLimit()
    {
    }

    public TokenLimit(int burst, int refill, TimeSpan every) => (Burst, Refill, Every) = (burst, refill, every);

    public string? Validate(string name) =>
        Burst < 1 || Refill < 1 || Refill > Burst || Every <= TimeSpan.Zero
            ? $"{name} needs Burst ≥ 1, Refill between 1 and Burst, and a positive Every."
            : null;
}
