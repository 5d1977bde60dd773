using System.Globalization;
using System.Text.Json;
using Expo.Grains;
using Expo.Grains.Models;

namespace Expo.Silo.Seeding;

/// <summary>
/// Reads <c>Seed/demo-agenda.json</c>: the sessions the source article describes, at sample times given as a day of
/// the expo and a Beijing wall-clock time, placed on the calendar from the expo's first day.
/// </summary>
public static class SeedAgenda
{
    // Beijing time has had no daylight saving since 1991: a fixed offset places the seed without a time-zone database.
    private static readonly TimeSpan ExpoOffset = TimeSpan.FromHours(8);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Seed", "demo-agenda.json");

    /// <summary>The first day of the expo for a seed made at <paramref name="now"/>: that day in Beijing.</summary>
    public static DateOnly FirstDayAt(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(ExpoOffset).Date);

    /// <summary>
    /// The demo's sessions for a seed made at <paramref name="now"/>: on that day in Beijing, or on the next if that
    /// day's sessions are all over by then, so a demo never opens on an agenda that is all in the past.
    /// </summary>
    public static async Task<IReadOnlyList<AgendaSession>> LoadUpcomingAsync(string path, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var today = await LoadAsync(path, FirstDayAt(now), cancellationToken);
        return today.All(s => s.EndsAt <= now) ? await LoadAsync(path, FirstDayAt(now).AddDays(1), cancellationToken) : today;
    }

    public static async Task<IReadOnlyList<AgendaSession>> LoadAsync(string path, DateOnly firstDay, CancellationToken cancellationToken = default)
    {
        await using var stream = File.OpenRead(path);
        var seed = await JsonSerializer.DeserializeAsync<SeedAgendaFile>(stream, Json, cancellationToken)
            ?? throw new InvalidDataException($"Seed file '{path}' is empty.");
        return [.. seed.Sessions.Select(s => ToSession(s, firstDay))];
    }

    private static AgendaSession ToSession(SeedSession s, DateOnly firstDay)
    {
        var day = firstDay.AddDays(s.Day - 1);
        var draft = AgendaRules.RequireDraft(new AgendaSessionDraft(
            s.Title, s.Description, At(day, s.Start), At(day, s.End), s.Place, s.Speakers ?? [], s.StreamUrl));
        return new AgendaSession(
            AgendaRules.RequireSessionId(s.Id), draft.Title, draft.Description, draft.StartsAt, draft.EndsAt, draft.Place, draft.Speakers,
            draft.StreamUrl, Cancelled: false, Sample: true);
    }

    private static DateTimeOffset At(DateOnly day, string time) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture)), ExpoOffset).ToUniversalTime();
}

internal sealed record SeedAgendaFile(LocalizedText SampleDataNote, IReadOnlyList<SeedSession> Sessions);

internal sealed record SeedSession(
    string Id,
    int Day,
    string Start,
    string End,
    string Place,
    LocalizedText Title,
    LocalizedText Description,
    IReadOnlyList<AgendaSpeaker>? Speakers,
    string? StreamUrl);
