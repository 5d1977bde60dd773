using Expo.Grains.Models;

namespace Expo.Web.Agenda;

/// <summary>What <c>OpenSession</c> returns: the session and its Q&amp;A as the reader sees it; live changes follow as events.</summary>
public sealed record SessionRoom(AgendaSession Session, QnaBoard Qna);
