namespace Expo.Grains.Models;

/// <summary>A question asked in a session's live Q&amp;A, with its current number of votes.</summary>
[GenerateSerializer, Immutable, Alias("expo.QnaQuestion")]
public sealed record QnaQuestion(
    [property: Id(0)] string Id,
    [property: Id(1)] string Text,
    [property: Id(2)] string AskerId,
    [property: Id(3)] string AskerName,
    [property: Id(4)] DateTimeOffset AskedAt,
    [property: Id(5)] int Votes,
    [property: Id(6)] bool Answered,
    [property: Id(7)] bool Hidden);

/// <summary>
/// The visible questions of a session, most votes first (then oldest first), and which of them the reader voted for.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.QnaBoard")]
public sealed record QnaBoard(
    [property: Id(0)] string SessionId,
    [property: Id(1)] long Version,
    [property: Id(2)] IReadOnlyList<QnaQuestion> Questions,
    [property: Id(3)] IReadOnlyList<string> MyVotes);

/// <summary>
/// A question was asked, voted on, answered or hidden: the whole question as it is now. <see cref="Version"/> grows
/// with every change of the session's Q&amp;A, so a client ignores an older copy of a question it already has.
/// </summary>
[GenerateSerializer, Immutable, Alias("expo.QuestionChanged")]
public sealed record QuestionChanged(
    [property: Id(0)] string SessionId,
    [property: Id(1)] long Version,
    [property: Id(2)] QnaQuestion Question);
