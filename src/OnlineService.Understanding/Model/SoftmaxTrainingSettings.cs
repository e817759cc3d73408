namespace OnlineService.Understanding.Model;

internal sealed record SoftmaxTrainingSettings(int Epochs = 40, float LearningRate = 1f, float Decay = 0.1f, float L2 = 1e-5f, int Seed = 20261122);
