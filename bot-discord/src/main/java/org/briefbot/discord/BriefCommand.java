package org.briefbot.discord;

import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** The /brief slash command: its subcommands and options, as registered with Discord. */
final class BriefCommand {
  static final String NAME = "brief";
  static final String ASK = "ask";
  static final String SHOW = "show";
  static final String OUTLINE = "outline";
  static final String ABOUT = "about";
  static final String HELP = "help";
  static final String QUESTION = "question";
  static final String ID = "id";
  static final String BRIEF = "brief";

  /**
   * Longer questions are no better questions; the index reads the first 1,000 characters anyway.
   */
  static final int QUESTION_MAX = 1_000;

  private BriefCommand() {}

  static SlashCommandData definition() {
    return Commands.slash(NAME, "Ask the policy briefs; answers quote them word for word, cited")
        .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
        .addSubcommands(
            new SubcommandData(ASK, "Ask a question; the brief's own passages answer it")
                .addOptions(
                    new OptionData(
                            OptionType.STRING,
                            QUESTION,
                            "Your question, e.g. When was the ITPP signed?",
                            true,
                            true)
                        .setMaxLength(QUESTION_MAX),
                    briefOption()),
            new SubcommandData(SHOW, "One passage in full, by its id")
                .addOptions(
                    new OptionData(
                            OptionType.STRING,
                            ID,
                            "A passage id, e.g. csds-2024-10#s2p3",
                            true,
                            true)
                        .setMaxLength(200)),
            new SubcommandData(OUTLINE, "A brief's key issues and sections")
                .addOptions(briefOption()),
            new SubcommandData(ABOUT, "Which briefs I answer from"),
            new SubcommandData(HELP, "How to ask"));
  }

  private static OptionData briefOption() {
    return new OptionData(OptionType.STRING, BRIEF, "Answer from this brief only", false, true)
        .setMaxLength(100);
  }
}
