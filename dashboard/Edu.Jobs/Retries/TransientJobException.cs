namespace Edu.Jobs.Retries;

/// <summary>
/// A fault worth retrying, wrapping the original. Retries are keyed on this type alone, so anything not classified
/// as transient by <see cref="TransientFaults"/> fails at once.
/// </summary>
public sealed class TransientJobException(Exception inner)
    : Exception($"Временный сбой, задание будет повторено: {inner.Message}", inner);
