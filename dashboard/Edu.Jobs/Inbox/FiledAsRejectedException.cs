namespace Edu.Jobs.Inbox;

/// <summary>
/// A load that could not finish: its file is already in the rejected folder beside a report, and the job fails with
/// this Russian summary so that /hangfire shows it. Not transient, so never retried («Повторить» finds the ticket gone).
/// </summary>
public sealed class FiledAsRejectedException(string message, Exception? inner) : Exception(message, inner);
