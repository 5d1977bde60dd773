using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR;

namespace Expo.Web.Tests.Infrastructure;

public static partial class HubErrors
{
    [GeneratedRegex(@"HubException: ([a-z_]+): \S")]
    private static partial Regex CodePattern();

    /// <summary>
    /// The protocol code of a hub error. SignalR puts "An unexpected error occurred invoking 'X' on the server.
    /// HubException: " before the server's message; what follows is "code: sentence".
    /// </summary>
    public static string Code(this HubException error) =>
        CodePattern().Match(error.Message) is { Success: true } match ? match.Groups[1].Value : $"<no code in: {error.Message}>";
}
