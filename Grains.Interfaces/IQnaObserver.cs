using Expo.Grains.Models;
using Orleans.Concurrency;

namespace Expo.Grains;

/// <summary>A Web node's single subscription to a session's Q&amp;A, however many of its connections have the session open.</summary>
[Alias("expo.IQnaObserver")]
public interface IQnaObserver : IGrainObserver
{
    [OneWay, Alias("question-changed")]
    Task OnQuestionChangedAsync(QuestionChanged change);
}
