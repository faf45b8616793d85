import PracticeCLI

PracticeCLI.main()
