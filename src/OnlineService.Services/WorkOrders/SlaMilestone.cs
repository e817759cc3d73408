namespace OnlineService.Services.WorkOrders;

/// <summary>A point of an order's course that the standards put on the clock.</summary>
public enum SlaMilestone
{
    /// <summary>First answer to an online consultation (回复).</summary>
    Reply,

    /// <summary>Respond to / contact the customer (响应、联系客户).</summary>
    Contact,

    /// <summary>Arrive on site (到达现场, 上门); for heating suspension the on-site assessment (现场评估).</summary>
    OnSite,

    /// <summary>Done and replied / settled (完成并回复、解决、办结).</summary>
    Resolved,
}
