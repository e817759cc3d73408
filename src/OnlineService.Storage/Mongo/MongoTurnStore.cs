using OnlineService.Conversation.Messaging;
using OnlineService.Conversation.State;

namespace OnlineService.Storage.Mongo;

/// <summary>
/// <see cref="ITurnStore"/> on MongoDB. The store runs on standalone servers too (tests, small sites), where
/// multi-document transactions do not exist, and the documents of a turn live in four collections, which a
/// collection bulk write cannot span; so a turn is written as a short sequence in the one order a crash can only
/// interrupt recoverably: state (user, then conversation with the LastTurn marker) → replies (one bulk insert, ids
/// derived from the inbound id, so a repeat is ignored) → completion. A turn stopped after its state is finished from
/// that marker, never run twice; stopped before it, it is run again with nothing of it stored. Round trips per turn:
/// one per changed state document, one counter reservation and one bulk insert for the replies, one completion.
/// The admission is the insert on the unique dedupe key followed by the transcript append; a crash in between leaves
/// an admitted message without its transcript line (the turn still runs).
/// </summary>
internal sealed class MongoTurnStore(IStateStore state, IInboundStore inbound, IOutboxStore outbox, ITranscriptStore transcript) : ITurnStore
{
    public async Task<InboundAdmission> AdmitAsync(InboundMessage message, CancellationToken cancellationToken = default)
    {
        var admission = await inbound.AdmitAsync(message, cancellationToken);
        if (admission.IsNew)
        {
            await transcript.AppendAsync(message.ConversationId, message.ActivityJson, message.ReceivedAt, cancellationToken);
        }

        return admission;
    }

    public async Task<IReadOnlyDictionary<string, string>> CommitAsync(TurnCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(commit.InboundId);
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var change in commit.State)
        {
            etags[change.Key] = await state.WriteAsync(change.Key, change.Json, change.ExpectedETag, cancellationToken);
        }

        await outbox.EnqueueAsync(commit.Replies, cancellationToken);
        await inbound.CompleteAsync(commit.InboundId, commit.CompletedAt, cancellationToken);
        return etags;
    }
}
