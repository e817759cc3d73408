namespace OnlineService.Services.WorkOrders;

/// <summary>One row of the DB11 Appendix D claims ledger (热用户诉求台账), derived from an order and its timeline.</summary>
public sealed record ClaimLedgerRow
{
    /// <summary>诉求时间.</summary>
    public required DateTimeOffset RequestedAt { get; init; }

    /// <summary>工单编号.</summary>
    public required string OrderNumber { get; init; }

    /// <summary>市级编号.</summary>
    public string? CityNumber { get; init; }

    /// <summary>工单来源.</summary>
    public LedgerSource Source { get; init; }

    /// <summary>诉求分类.</summary>
    public LedgerCategory Category { get; init; }

    /// <summary>诉求内容.</summary>
    public required string Content { get; init; }

    /// <summary>诉求人.</summary>
    public string? Requester { get; init; }

    /// <summary>电话.</summary>
    public string? Phone { get; init; }

    /// <summary>行政区.</summary>
    public string? District { get; init; }

    /// <summary>小区名称.</summary>
    public string? Community { get; init; }

    /// <summary>地址.</summary>
    public string? Address { get; init; }

    /// <summary>供热管家.</summary>
    public string? HeatingSteward { get; init; }

    /// <summary>室外温度.</summary>
    public decimal? OutdoorTemperature { get; init; }

    /// <summary>处理人 (the handler of the latest dispatch).</summary>
    public string? Handler { get; init; }

    /// <summary>处理时间 (the latest resolution).</summary>
    public DateTimeOffset? HandledAt { get; init; }

    /// <summary>处理方式.</summary>
    public HandlingMethod? Method { get; init; }

    /// <summary>是否响应: the customer was contacted, or answered, within the limit of the first clock.</summary>
    public bool? Responded { get; init; }

    /// <summary>是否解决.</summary>
    public bool? Solved { get; init; }

    /// <summary>是否满意 (the latest callback).</summary>
    public bool? Satisfied { get; init; }

    /// <summary>处理结果.</summary>
    public string? Result { get; init; }

    /// <summary>是否只考核响应率.</summary>
    public bool ResponseRateOnly { get; init; }

    /// <summary>客厅、卧室1、卧室2、其他温度.</summary>
    public RoomTemperatures? Temperatures { get; init; }

    /// <summary>回访结果.</summary>
    public string? CallbackResult { get; init; }

    /// <summary>The ledger row of an order; <paramref name="sla"/> judges whether the response was in time.</summary>
    public static ClaimLedgerRow From(WorkOrder order, SlaPolicy sla)
    {
        var resolved = order.Last(TimelineStage.Resolved);
        var callback = order.Last(TimelineStage.Callback);
        return new ClaimLedgerRow
        {
            RequestedAt = order.ReceivedAt,
            OrderNumber = order.Number,
            CityNumber = order.Ledger.CityNumber,
            Source = order.Ledger.Source,
            Category = order.Category switch
            {
                _ when order.Category.IsRepair() => LedgerCategory.Repair,
                WorkOrderCategory.Complaint or WorkOrderCategory.Report => LedgerCategory.Complaint,
                _ => LedgerCategory.Consultation,
            },
            Content = order.Content,
            Requester = order.Ledger.Requester,
            Phone = order.Ledger.Phone,
            District = order.Ledger.District,
            Community = order.Ledger.Community,
            Address = order.Ledger.Address,
            HeatingSteward = order.Ledger.HeatingSteward,
            OutdoorTemperature = order.Ledger.OutdoorTemperature,
            Handler = order.HandlerId ?? order.Timeline.LastOrDefault(e => e.HandlerId is not null)?.HandlerId,
            HandledAt = resolved?.At,
            Method = resolved?.Resolution?.Method,
            Responded = RespondedInTime(order, sla),
            Solved = resolved?.Resolution?.Solved,
            Satisfied = callback?.Satisfied,
            Result = resolved?.Resolution?.Result,
            ResponseRateOnly = order.Ledger.ResponseRateOnly,
            Temperatures = resolved?.Resolution?.Temperatures,
            CallbackResult = callback is null ? null : (callback.Satisfied == true ? "满意" : "不满意") + (callback.Note is null ? string.Empty : $"：{callback.Note}"),
        };
    }

    // Response is judged on the first clock (receipt), whatever happened after a reopening.
    private static bool? RespondedInTime(WorkOrder order, SlaPolicy sla)
    {
        var first = order.Timeline.FirstOrDefault(e => e.Stage is TimelineStage.Contacted or TimelineStage.OnSite or TimelineStage.Resolved);
        if (first is null)
        {
            return null;
        }

        var firstClock = SlaSchedule.Compute(sla.Profile, sla.Calendar, order.Category, order.ReceivedAt);
        var limit = firstClock.FirstOrDefault(d => d.Milestone is SlaMilestone.Reply or SlaMilestone.Contact);
        return limit is null ? true : first.At <= limit.DueAt;
    }
}
