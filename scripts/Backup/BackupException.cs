namespace Expo.Backup;

/// <summary>A backup or restore that must not go on, with a sentence saying why.</summary>
public sealed class BackupException(string message) : Exception(message);
