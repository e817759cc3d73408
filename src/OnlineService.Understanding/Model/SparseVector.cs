namespace OnlineService.Understanding.Model;

/// <summary>Feature indices with their values, L2-normalised so long and short messages weigh alike.</summary>
internal readonly record struct SparseVector(int[] Indices, float[] Values)
{
    public static SparseVector FromFeatures(IEnumerable<(int Index, float Weight)> features)
    {
        var list = features.ToList();
        var norm = MathF.Sqrt(list.Sum(pair => pair.Weight * pair.Weight));
        if (norm <= 0)
        {
            return new SparseVector([], []);
        }

        return new SparseVector([.. list.Select(pair => pair.Index)], [.. list.Select(pair => pair.Weight / norm)]);
    }

    public bool IsEmpty => Indices.Length == 0;
}
