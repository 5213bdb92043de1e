/**
 * {@code briefbot serve}: one page and a JSON API over the index, on an embedded Jetty. Only
 * translates: answers, citations and the batch contract's JSON come from index and chat.
 */
package org.briefbot.web;
