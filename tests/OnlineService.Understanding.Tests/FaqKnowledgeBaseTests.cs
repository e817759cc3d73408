using OnlineService.Understanding.Faq;
using OnlineService.Understanding.Intents;

namespace OnlineService.Understanding.Tests;

public sealed class FaqKnowledgeBaseTests
{
    [Fact]
    public void Content_covers_every_faq_intent_with_a_grounded_short_answer_and_a_next_step()
    {
        var knowledge = new FaqKnowledgeBase(RepoPaths.FaqDirectory, new UtilityFacts());

        foreach (var intent in IntentIds.Faq)
        {
            var answer = knowledge.Find(intent);
            Assert.NotNull(answer);
            Assert.False(FaqTemplate.HasStrayBraces(answer.Text), $"{answer.SourceFile} has an unresolved placeholder");
            Assert.InRange(answer.Text.Length, 20, 320);
            Assert.Matches(@"T/CDHA|DB11", answer.Citation ?? string.Empty);
            Assert.NotEmpty(answer.Next);
            Assert.NotEmpty(answer.Questions);
        }
    }

    [Fact]
    public void Answers_quote_the_configured_facts_not_hard_coded_ones()
    {
        var facts = new UtilityFacts { Hotline = "0000-TEST-01", HeatingSeasonStart = "11月1日", CompanyName = "测试热力" };
        facts.ServiceHalls.Add(new ServiceHall { Name = "测试营业厅", Address = "测试路1号", Hours = "每天9:00-17:00" });

        var knowledge = new FaqKnowledgeBase(RepoPaths.FaqDirectory, facts);

        Assert.Contains("0000-TEST-01", knowledge.Find("faq.hotline")!.Text, StringComparison.Ordinal);
        Assert.Contains("11月1日", knowledge.Find("faq.heating_period")!.Text, StringComparison.Ordinal);
        Assert.Contains("测试路1号", knowledge.Find("faq.outlets")!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("400-000-9600", string.Concat(knowledge.Entries.Select(entry => entry.Text)), StringComparison.Ordinal);
        Assert.DoesNotContain(UtilityFacts.SampleServiceHalls[0].Address, knowledge.Find("faq.outlets")!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_halls_are_shown_until_halls_are_configured()
    {
        var knowledge = new FaqKnowledgeBase(RepoPaths.FaqDirectory, new UtilityFacts());

        Assert.Contains(UtilityFacts.SampleServiceHalls[0].Address, knowledge.Find("faq.outlets")!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_placeholder_is_an_error_naming_the_file()
    {
        using var folder = new TempFaqFolder();
        File.WriteAllText(folder.File("hotline.yaml"), File.ReadAllText(folder.File("hotline.yaml")).Replace("{hotline}", "{hot_line}", StringComparison.Ordinal));

        var error = Assert.Throws<FaqContentException>(() => new FaqKnowledgeBase(folder.Path, new UtilityFacts()));

        Assert.Contains("hotline.yaml", error.Message, StringComparison.Ordinal);
        Assert.Contains("{hot_line}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Misspelt_field_is_an_error_naming_the_file()
    {
        using var folder = new TempFaqFolder();
        var path = folder.File("outlets.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("citation:", "citaton:", StringComparison.Ordinal));

        var error = Assert.Throws<FaqContentException>(() => new FaqKnowledgeBase(folder.Path, new UtilityFacts()));

        Assert.Contains("outlets.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_faq_intent_is_an_error_naming_the_intent()
    {
        using var folder = new TempFaqFolder();
        File.Delete(folder.File("renovation.yaml"));

        var error = Assert.Throws<FaqContentException>(() => new FaqKnowledgeBase(folder.Path, new UtilityFacts()));

        Assert.Contains("faq.renovation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reload_picks_up_edits_and_keeps_serving_when_an_edit_is_broken()
    {
        using var folder = new TempFaqFolder();
        var knowledge = new FaqKnowledgeBase(folder.Path, new UtilityFacts());
        var path = folder.File("hotline.yaml");
        var original = File.ReadAllText(path);

        File.WriteAllText(path, original.Replace("您也可以直接在这里留言", "夜里也有人接", StringComparison.Ordinal));
        knowledge.Reload();
        Assert.Contains("夜里也有人接", knowledge.Find("faq.hotline")!.Text, StringComparison.Ordinal);

        File.WriteAllText(path, "id: [broken");
        var error = Assert.Throws<FaqContentException>(knowledge.Reload);
        Assert.Contains("hotline.yaml", error.Message, StringComparison.Ordinal);
        Assert.Contains("夜里也有人接", knowledge.Find("faq.hotline")!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reload_with_new_facts_renders_them()
    {
        var knowledge = new FaqKnowledgeBase(RepoPaths.FaqDirectory, new UtilityFacts());

        knowledge.Reload(new UtilityFacts { Hotline = "9999-NEW" });

        Assert.Contains("9999-NEW", knowledge.Find("faq.hotline")!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_step_pointing_at_an_unknown_intent_is_rejected()
    {
        using var folder = new TempFaqFolder();
        var path = folder.File("outlets.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("intent: handoff.human", "intent: handoff.robot", StringComparison.Ordinal));

        var error = Assert.Throws<FaqContentException>(() => new FaqKnowledgeBase(folder.Path, new UtilityFacts()));

        Assert.Contains("outlets.yaml", error.Message, StringComparison.Ordinal);
        Assert.Contains("handoff.robot", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("暖气管子爆了水很烫先关哪里", "faq.leak_emergency")]
    [InlineData("营业厅地址和上班时间", "faq.outlets")]
    [InlineData("报停要什么证件", "faq.suspend_conditions")]
    [InlineData("热量表怎么收费", "faq.heat_metering")]
    public void Search_ranks_the_matching_passage_first(string query, string expectedIntent)
    {
        var knowledge = new FaqKnowledgeBase(RepoPaths.FaqDirectory, new UtilityFacts());

        var passages = knowledge.Search(query, 3);

        Assert.NotEmpty(passages);
        Assert.Equal(expectedIntent, passages[0].Intent);
        Assert.True(passages.Count <= 3);
        Assert.NotNull(passages[0].Citation);
    }

    [Fact]
    public void Find_returns_null_for_an_intent_without_an_entry()
    {
        var knowledge = new FaqKnowledgeBase(RepoPaths.FaqDirectory, new UtilityFacts());

        Assert.Null(knowledge.Find(IntentIds.RepairLeak));
    }
}
