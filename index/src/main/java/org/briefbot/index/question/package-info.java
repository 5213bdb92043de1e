/**
 * First stage of a question's journey: cleaning chat text (mentions, markup, greetings) and
 * planning it into weighted concepts, the kind of answer wanted and the part of a brief named.
 *
 * <p>Internal to briefbot-index: public only so the other stages can use it; not an API.
 */
package org.briefbot.index.question;
