package org.briefbot.chat;

/**
 * How much a platform lets one reply hold.
 *
 * @param quotes how many cited passages to show at most
 * @param quoteChars characters per quote (Discord embed fields hold 1,024; Slack sections 3,000)
 * @param fullPassageChars characters for a passage shown in full
 * @param leadChars characters for the lead sentence
 */
public record ReplyBudget(int quotes, int quoteChars, int fullPassageChars, int leadChars) {
  public ReplyBudget {
    if (quotes < 1) throw new IllegalArgumentException("quotes must be at least 1, was " + quotes);
    if (quoteChars < 40 || fullPassageChars < 40 || leadChars < 40) {
      throw new IllegalArgumentException("character budgets must be at least 40");
    }
  }
}
