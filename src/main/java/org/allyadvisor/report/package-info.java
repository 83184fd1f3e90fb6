/**
 * API for rendering: {@link org.allyadvisor.report.JsonReport} and the other reports turn results
 * into the formats of the command line (JSON, table, Markdown, HTML, CSV), the same bytes as the
 * command line writes. Which report and options a command uses is the command line's business.
 */
package org.allyadvisor.report;
