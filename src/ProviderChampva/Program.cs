using DocumentUploads.ProviderChampva;

var app = ProviderChampvaApp.Build(args);
app.Run();
