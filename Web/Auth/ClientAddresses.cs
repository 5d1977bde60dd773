using System.Net;
using System.Net.Sockets;

namespace Expo.Web.Auth;

/// <summary>The client address sign-in throttling counts by: the remote address (as forwarded headers set it, where trusted).</summary>
public static class ClientAddresses
{
    public static string Of(HttpContext http) => http.Connection.RemoteIpAddress switch
    {
        null => "unknown",
        { IsIPv4MappedToIPv6: true } mapped => mapped.MapToIPv4().ToString(),
        { AddressFamily: AddressFamily.InterNetworkV6 } v6 => Prefix64(v6),
        var v4 => v4.ToString(),
    };

    /// <summary>An IPv6 client is counted by its /64, which one subscriber usually holds whole.</summary>
    private static string Prefix64(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
