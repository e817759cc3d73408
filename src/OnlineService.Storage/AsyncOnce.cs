namespace OnlineService.Storage;

/// <summary>
/// Runs an initialisation (schema, indexes) once for all callers. The work itself is not cancelled by a caller
/// giving up, so one impatient caller cannot break it for the others; a failed run is retried by the next caller.
/// </summary>
internal sealed class AsyncOnce(Func<Task> initialize)
{
    private readonly Lock _gate = new();
    private Task? _run;

    public Task RunAsync(CancellationToken cancellationToken)
    {
        Task run;
        lock (_gate)
        {
            if (_run is null || _run.IsFaulted || _run.IsCanceled)
            {
                _run = Task.Run(initialize, CancellationToken.None);
            }

            run = _run;
        }

        return run.IsCompletedSuccessfully ? Task.CompletedTask : run.WaitAsync(cancellationToken);
    }
}
