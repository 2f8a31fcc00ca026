module example.com/soakdemo

go 1.19
