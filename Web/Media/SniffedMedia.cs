namespace Expo.Web.Media;

/// <summary>What a file's bytes show it to be.</summary>
public sealed record SniffedMedia(string Kind, string ContentType, string Extension);
