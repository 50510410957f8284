namespace Edu.Jobs;

/// <summary>
/// Recomputes the analytics tables from what is loaded. Implemented by the app over the analytics project;
/// called only from the writer queue, under <see cref="WriterGate"/>, which publishes the results afterwards.
/// </summary>
public interface IRecomputer
{
    void Recompute();
}
