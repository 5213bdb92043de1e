/**
 * Text analysis shared by passages and questions: normalising, stemming, spelling variants, English
 * word lists and background frequencies, and the synonym table.
 *
 * <p>Internal to briefbot-index: public only so the other stages can use it; not an API.
 */
package org.briefbot.index.analysis;
