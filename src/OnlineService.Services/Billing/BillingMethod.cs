namespace OnlineService.Services.Billing;

/// <summary>How the season's heating charge is computed.</summary>
public enum BillingMethod
{
    /// <summary>Heated area × unit price per square metre (面积计费).</summary>
    Area,

    /// <summary>A fixed base part plus metered energy × price per GJ (计量计费, 两部制).</summary>
    Metered,
}
