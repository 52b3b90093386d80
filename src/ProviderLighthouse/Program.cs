using DocumentUploads.ProviderLighthouse;

ProviderLighthouseApp.Build(args).Run();
