// The command-line entry point; the commands are wired in as they are built.
return 0;
