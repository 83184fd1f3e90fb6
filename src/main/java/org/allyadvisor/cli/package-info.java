/**
 * Internal: the {@code ally-advisor} command line (picocli), one class per subcommand over the API.
 * Nothing here is for embedding; {@code Main} is the only place that exits.
 */
package org.allyadvisor.cli;
