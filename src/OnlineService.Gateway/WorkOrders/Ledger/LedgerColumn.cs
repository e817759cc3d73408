using OnlineService.Services.WorkOrders;

namespace OnlineService.Gateway.WorkOrders.Ledger;

/// <summary>One column of the DB11 Appendix D ledger: its header and its cell of a row (text, or a number Excel can sum).</summary>
public sealed record LedgerColumn(string Header, Func<ClaimLedgerRow, string?> Text, Func<ClaimLedgerRow, decimal?>? Number = null);
