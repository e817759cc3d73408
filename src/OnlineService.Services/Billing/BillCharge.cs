namespace OnlineService.Services.Billing;

/// <summary>The season's heating charge before arrears, late fees and reductions.</summary>
/// <param name="Method">Area or metered billing.</param>
/// <param name="HeatedArea">Billed area in m² (area billing; also shown on metered bills).</param>
/// <param name="UnitPriceFen">Fen per m² for area billing.</param>
/// <param name="BaseFen">The fixed part of a metered bill.</param>
/// <param name="EnergyGj">Metered energy in GJ.</param>
/// <param name="EnergyPriceFen">Fen per GJ.</param>
public sealed record BillCharge(
    BillingMethod Method,
    decimal HeatedArea,
    long UnitPriceFen,
    long BaseFen = 0,
    decimal EnergyGj = 0,
    long EnergyPriceFen = 0)
{
    /// <summary>Area billing: area × price per m².</summary>
    public static BillCharge ByArea(decimal heatedArea, long unitPriceFen) => new(BillingMethod.Area, heatedArea, unitPriceFen);

    /// <summary>Metered billing: base part + energy × price per GJ.</summary>
    public static BillCharge ByMeter(decimal heatedArea, long baseFen, decimal energyGj, long energyPriceFen) =>
        new(BillingMethod.Metered, heatedArea, 0, baseFen, energyGj, energyPriceFen);

    /// <summary>The charge in fen.</summary>
    public long TotalFen => Method switch
    {
        BillingMethod.Area => Fen.Multiply(HeatedArea, UnitPriceFen),
        _ => BaseFen + Fen.Multiply(EnergyGj, EnergyPriceFen),
    };
}
