// Checks the example's run (build.log) after the main build's invoker ran it.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()

// it ran the whole study and summed it up
assert log =~ /variants: 1000 of \S+ \(\d+ allies\), seed 42/
assert log =~ /threads: \d+; time: \d+ ms/
assert log =~ /support levels drawn: FULL \d+, REDUCED \d+, MINIMAL \d+/
assert log =~ /SUSTAINABLE_BUDGETS\/\S+: [A-Z]{3} \d+/
assert log =~ /(gained|lost) +[A-Z]{3}\/[A-Z_]+\/\S+ +in \d+ of 1000 variants/

// the library reaches an embedder with its dependencies, without the CLI's: no command-line
// parser, and no logging binding but the one this project chose (slf4j-simple, declared directly)
assert lines.any { it ==~ /\[INFO\] \+- org\.allyadvisor:ally-advisor:jar:[^:]+:compile/ }
assert lines.any { it.contains('org.drools:drools-engine:jar') }
assert !log.contains('info.picocli:picocli')
assert !log.contains('org.apache.logging.log4j:log4j-to-slf4j')
def bindings = lines.findAll { it.contains('org.slf4j:slf4j-simple:jar') }
assert bindings.size() == 1 && bindings[0] ==~ /\[INFO\] [+\\]- org\.slf4j:slf4j-simple:jar:.*/
return true
